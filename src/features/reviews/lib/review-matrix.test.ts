import { describe, expect, it } from 'vitest'
import { ana, ben, cleo, job, plan, reviews, submitted } from '../test/fixtures.ts'
import { buildReviewMatrix, matrixCell } from './review-matrix.ts'

describe('buildReviewMatrix', () => {
  const data = reviews({
    assignments: [
      { stageId: 'design', interviewer: cleo },
      { stageId: 'go-tech', interviewer: ben },
      { stageId: 'go-tech', interviewer: ana },
    ],
    scorecards: [
      submitted({
        author: ana,
        ratings: {
          go: { rating: 4, note: 'Great' },
          'code-quality': { rating: 'no_evidence', note: '' },
        },
        recommendation: 'strong_yes',
      }),
    ],
  })

  it('has one column per reviewer and stage, in pipeline order, and the stages’ competencies as rows', () => {
    const { columns, rows } = buildReviewMatrix(data, job.stages)
    expect(columns.map((column) => `${column.reviewer.name} (${column.stageName})`)).toEqual([
      'Ana Silva (Go technical interview)',
      'Ben Okafor (Go technical interview)',
      'Cleo Park (System design)',
    ])
    expect(rows.map((row) => row.key)).toEqual(['go', 'code-quality', 'architecture'])
  })

  it('tells rated, owed and not-assessed cells apart', () => {
    const { columns, rows } = buildReviewMatrix(data, job.stages)
    const [anaColumn, benColumn, cleoColumn] = columns
    const [go, , architecture] = rows
    expect(matrixCell(anaColumn!, go!)).toEqual({ kind: 'rated', rating: 4, note: 'Great' })
    expect(matrixCell(benColumn!, go!)).toEqual({ kind: 'owed' })
    expect(matrixCell(anaColumn!, architecture!)).toEqual({ kind: 'not-assessed' })
    expect(matrixCell(cleoColumn!, architecture!)).toEqual({ kind: 'owed' })
  })

  it('keeps a submission whose author is no longer assigned, and keys the plan dropped', () => {
    const { columns, rows } = buildReviewMatrix(
      reviews({
        scorecards: [
          submitted({
            author: ben,
            ratings: { legacy: { rating: 2, note: '' } },
            recommendation: 'no',
          }),
        ],
      }),
      job.stages,
    )
    expect(columns.map((column) => column.reviewer.id)).toEqual([ben.id])
    expect(rows.map((row) => row.key)).toEqual(['go', 'code-quality', 'legacy'])
  })

  it('plans nothing for stages nobody reviews', () => {
    expect(buildReviewMatrix(reviews({ plan }), job.stages)).toEqual({ columns: [], rows: [] })
  })
})
