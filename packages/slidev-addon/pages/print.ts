/** Shared by the print pages (/slides-print and /handout). */

/**
 * Slides load lazily: resolves once every sheet under `root` holds its
 * slide's layout (or after `timeout` ms) and the fonts are in, so a PDF is
 * never printed half drawn.
 */
export async function sheetsReady(root: HTMLElement | undefined, timeout = 30_000): Promise<void> {
  const started = Date.now()
  const pending = () => [...root?.querySelectorAll('.KitPrint__sheet') ?? []].some(sheet => !sheet.querySelector('.slidev-layout') || sheet.querySelector('.slidev-slide-loading'))
  while (pending() && Date.now() - started < timeout)
    await new Promise(resolve => setTimeout(resolve, 100))
  await document.fonts.ready
}
