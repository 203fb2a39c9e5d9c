// Self-hosted fonts: nothing is fetched from another origin, in the room or in the PDF.
// Static weights embed in exported PDFs as TrueType (the variable font would embed as Type 3).
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@kit/ui/styles/vars.css'
import './kit.css'
