// Honesty checks on the derived report; each returns a list of problems (empty = fine).

/** Sums of money (516万元, 96万余元, 114400元) and counts of people or households (947人, 104人次, 1382户). */
export const MONEY = /\d+(?:\.\d+)?(?:余|多)?万?(?:余|多)?元/g
export const PEOPLE_OR_HOUSEHOLDS = /\d+(?:余|多)?(?:人次|人|户)/g

/** The numbers written in a text, whole: 「发放低保947人」 → ['947'] (never '9' or '94'). */
export const numberTokens = (text) => text.match(/\d+(?:\.\d+)?/g) ?? []

/** A figure's value must be one of its quote's numbers, and its words (约, 余, 万) must stand there too. */
export function valueMatchesQuote(figure) {
  const numbers = numberTokens(figure.value)
  const inQuote = new Set(numberTokens(figure.quote))
  return numbers.length > 0 && numbers.every((n) => inQuote.has(n)) && figure.quote.includes(figure.value)
}

export function figureProblems(report) {
  const problems = []
  for (const section of report.sections) {
    const text = section.paragraphs.map((p) => p.text).join('\n')
    const ids = new Set()
    for (const f of section.figures) {
      if (ids.has(f.id)) problems.push(`${section.id}/${f.id}：这个数字的 id 重复了`)
      ids.add(f.id)
      if (!text.includes(f.quote)) problems.push(`${section.id}/${f.id}：quote「${f.quote}」在这一章的原文里找不到（要逐字照抄原文）`)
      if (!valueMatchesQuote(f)) problems.push(`${section.id}/${f.id}：value「${f.value}」不是 quote 里写的数字（连「约」「余」「万」一起照抄）`)
      if (!f.label) problems.push(`${section.id}/${f.id}：缺少 label（这个数字是什么，用大白话写）`)
    }
    // Years (2024年) name the report's period; any other number in a summary must be a figure.
    const digitsInSummary = section.summary.replace(/\d{4}年/g, '').match(/\d+(?:\.\d+)?/g) ?? []
    for (const d of digitsInSummary) {
      if (!section.figures.some((f) => numberTokens(f.value).includes(d))) problems.push(`${section.id}：summary 里的 ${d} 不是这一章的关键数字（summary 里出现的数字要先写进 figures）`)
    }
  }
  return problems
}

/** Every sum of money and every count of people/households the report states must be shown as a figure. */
export function uncoveredAmounts(report) {
  const missing = []
  for (const section of report.sections) {
    for (const { text } of section.paragraphs) {
      for (const re of [MONEY, PEOPLE_OR_HOUSEHOLDS]) {
        for (const m of text.matchAll(re)) {
          const covered = section.figures.some((f) => {
            const at = text.indexOf(f.quote)
            const inside = at !== -1 && at <= m.index && m.index + m[0].length <= at + f.quote.length
            return inside && numberTokens(f.value).join() === numberTokens(m[0]).join()
          })
          if (!covered) missing.push(`${section.id}: ${m[0]}`)
        }
      }
    }
  }
  return missing
}

/**
 * Names withheld for privacy (editorial.json `withheldNames`) that still reach a villager: in any
 * generated file, in Simplified or either Traditional form. `forms(name)` gives the forms to look for.
 */
export function withheldNameProblems(outputs, withheld, forms) {
  const problems = []
  for (const [file, data] of Object.entries(outputs)) {
    const text = JSON.stringify(data)
    for (const { find, replace } of withheld.names) {
      const seen = [...new Set(forms(find))].find((form) => text.includes(form))
      if (seen)
        problems.push(
          `不公开的个人姓名「${seen}」出现在 ${file} 里。请在 content/ 里把它改成「${replace}」（规则见 content/reports/<年份>/editorial.json 的 withheldNames）。`,
        )
    }
  }
  return problems
}
