/** The situation finder: answers → the benefits that may apply, each with its reason. Pure. */
import finderJson from '../../data/finder.json'
import type { BenefitId, FinderData, IndexEntry } from './types'
import { findEntry } from './benefit-index'
import { flatMap } from '../lists'

/** Selected answer ids per question id; an empty list means "none of these". */
export type FinderAnswers = Record<string, string[]>

export interface FinderResult {
  benefit: BenefitId
  reasons: string[]
}

export function findBenefits(data: FinderData, answers: FinderAnswers): FinderResult[] {
  const selected = new Set(flatMap(Object.keys(answers), (question) => answers[question] ?? []))
  const results = new Map<BenefitId, string[]>()
  const add = (benefit: BenefitId, reason: string) => {
    const reasons = results.get(benefit) ?? []
    if (!reasons.includes(reason)) reasons.push(reason)
    results.set(benefit, reasons)
  }
  for (const rule of data.rules) {
    if (rule.when.every((group) => group.some((id) => selected.has(id)))) add(rule.benefit, rule.reason)
  }
  for (const item of data.always) add(item.benefit, item.reason)
  return [...results].map(([benefit, reasons]) => ({ benefit, reasons }))
}

/** Toggles an answer: single-choice questions keep one, multiple-choice ones add or remove. */
export function toggleAnswer(data: FinderData, answers: FinderAnswers, questionId: string, answerId: string | null): FinderAnswers {
  const question = data.questions.find((q) => q.id === questionId)
  if (!question) return answers
  if (answerId === null || !question.answers.some((a) => a.id === answerId)) return { ...answers, [questionId]: [] }
  const current = answers[questionId] ?? []
  if (!question.multiple) return { ...answers, [questionId]: [answerId] }
  const next = current.includes(answerId) ? current.filter((id) => id !== answerId) : [...current, answerId]
  return { ...answers, [questionId]: next }
}

/** The finder's questions and rules as shipped, and its results joined with the benefit list. */
export const finderData = finderJson as FinderData

export function suggestBenefits(answers: FinderAnswers): { entry: IndexEntry; reasons: string[] }[] {
  return flatMap(findBenefits(finderData, answers), ({ benefit, reasons }) => {
    const entry = findEntry(benefit)
    return entry ? [{ entry, reasons }] : []
  })
}
