import { describe, expect, it } from 'vitest'
import { acceptedColumns, sortColumns } from './sort.ts'

describe('the claim sort', () => {
  it('has a Mixed column beside fact, prediction and judgment', () => {
    expect(sortColumns.map(c => c.label)).toEqual(['Fact', 'Prediction or speculation', 'Opinion or judgment', 'Mixed'])
  })

  it('accepts one column for a plain claim, and Mixed too for a claim that mixes kinds', () => {
    expect(acceptedColumns({ kind: 'factual' })).toEqual(['fact'])
    expect(acceptedColumns({ kind: 'speculation' })).toEqual(['prediction'])
    expect(acceptedColumns({ kind: 'normative', kindNote: 'Also a fact.' })).toEqual(['judgment', 'mixed'])
  })

  it('puts cause-and-effect claims in Mixed, or Prediction with a reason', () => {
    expect(acceptedColumns({ kind: 'causal' })).toEqual(['mixed', 'prediction'])
    expect(acceptedColumns({ kind: 'causal', kindNote: 'Conditional.' })).toEqual(['mixed', 'prediction'])
  })
})
