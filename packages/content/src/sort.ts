/**
 * The claim sort the lessons use: four columns, and which of them the kit
 * accepts for a claim. The worksheet, the on-screen sort, the answer key and
 * the rubric all read this. Pure and browser-safe.
 */
import type { ClaimKind } from './schema.ts'

export const sortColumns = [
  { id: 'fact', label: 'Fact', description: 'It could be checked against the record.' },
  { id: 'prediction', label: 'Prediction or speculation', description: 'It says what will happen, or calls something likely without showing evidence.' },
  { id: 'judgment', label: 'Opinion or judgment', description: 'It recommends, values or labels.' },
  { id: 'mixed', label: 'Mixed', description: 'It does more than one of these: say which words do what.' },
] as const

export type SortColumn = (typeof sortColumns)[number]['id']

const byKind: Record<ClaimKind, SortColumn> = {
  factual: 'fact',
  prediction: 'prediction',
  speculation: 'prediction',
  normative: 'judgment',
  characterization: 'judgment',
  causal: 'mixed',
}

/**
 * The columns the kit accepts for a card, the best first: its kind's column;
 * a cause-and-effect claim is Mixed, or a prediction when the student says
 * why; a claim that mixes kinds (it has a `kindNote`) may also go in Mixed.
 */
export function acceptedColumns(claim: { kind: ClaimKind, kindNote?: string }): SortColumn[] {
  const best = byKind[claim.kind]
  const also: SortColumn[] = claim.kind === 'causal' ? ['prediction'] : claim.kindNote ? ['mixed'] : []
  return [best, ...also.filter(c => c !== best)]
}
