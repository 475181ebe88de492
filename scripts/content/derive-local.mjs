// The town's own facts (content/local/local-facts.json): checked entry by entry, with messages a
// clerk at the 便民服务中心 can act on, then shipped as src/data/local.json. Nothing here is ever
// filled in from anywhere else: an entry the town has not given stays absent.

const PHONE = /^(0\d{2,3}-\d{7,8}|1[3-9]\d{9})$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const AMOUNT = /^\d+(\.\d+)?$/
const OFFICES = { town: '镇便民服务中心' }
const text = (value) => typeof value === 'string' && value.trim() !== ''

/** A real calendar day written YYYY-MM-DD, or null. */
export function readDay(value) {
  const m = typeof value === 'string' ? DATE.exec(value) : null
  if (!m) return null
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return day.getMonth() === Number(m[2]) - 1 && day.getDate() === Number(m[3]) ? day : null
}

function sourceProblems(entry, say, today) {
  const problems = []
  if (!text(entry.suppliedBy)) problems.push(say('没有写是谁提供的。请加上 "suppliedBy"，比如 "花桥镇便民服务中心"，或文件的名称和文号。'))
  const day = readDay(entry.checked)
  if (!day) problems.push(say(`核对日期 "checked" 写的是 ${JSON.stringify(entry.checked ?? '')}，要写成 2026-11-20 这样的年-月-日。`))
  else if (day.getTime() > today.getTime())
    problems.push(say(`核对日期 ${entry.checked} 还没到（今天是 ${today.toISOString().slice(0, 10)}）。请写实际核对的那一天。`))
  return problems
}

function contactProblems(entry, say, today) {
  const problems = []
  if (entry.phone !== undefined && !(text(entry.phone) && PHONE.test(entry.phone.trim()))) {
    problems.push(say(`电话 ${JSON.stringify(entry.phone)} 不对：座机写成 0734-1234567（区号、短横线、号码），手机写 11 位数字，不要加空格或别的字。`))
  }
  for (const field of ['address', 'hours']) if (entry[field] !== undefined && !text(entry[field])) problems.push(say(`"${field}" 是空的：不知道就整行删掉。`))
  if (!['phone', 'address', 'hours'].some((field) => text(entry[field]))) problems.push(say('电话、地址、办公时间一样都没有写：至少写一样，不然就删掉这一条。'))
  return [...problems, ...sourceProblems(entry, say, today)]
}

function benefitProblems(entry, say, today) {
  const problems = []
  for (const [i, a] of (Array.isArray(entry.amounts) ? entry.amounts : []).entries()) {
    const which = `第 ${i + 1} 个金额`
    if (!text(a.label)) problems.push(say(`${which}没有写是什么钱（"label"，比如 "农村低保标准"）。`))
    if (!AMOUNT.test(String(a.amount ?? ''))) problems.push(say(`${which} "amount" 写的是 ${JSON.stringify(a.amount ?? '')}，只写数字，比如 "580"。`))
    if (!text(a.unit)) problems.push(say(`${which}没有写单位（"unit"，比如 "元/月"、"元/亩"）。`))
    if (!Number.isInteger(a.year) || a.year < 2000 || a.year > 2100) problems.push(say(`${which}没有写是哪一年的标准（"year"，比如 2027，不加引号）。`))
  }
  if (entry.amounts !== undefined && !Array.isArray(entry.amounts)) problems.push(say('"amounts" 要写成 [ ] 括起来的列表。'))
  if (entry.documents !== undefined && !(Array.isArray(entry.documents) && entry.documents.every(text)))
    problems.push(say('"documents" 要写成材料名称的列表，比如 ["户口簿", "身份证"]，不能有空的。'))
  for (const field of ['deadline', 'where']) if (entry[field] !== undefined && !text(entry[field])) problems.push(say(`"${field}" 是空的：不知道就整行删掉。`))
  const filled = (entry.amounts?.length ?? 0) + (entry.documents?.length ?? 0) + ['deadline', 'where'].filter((f) => text(entry[f])).length
  if (filled === 0) problems.push(say('金额、办理时间、办理地点、材料一样都没有写：至少写一样，不然就删掉这一条。'))
  return [...problems, ...sourceProblems(entry, say, today)]
}

/**
 * Every mistake in the town's file, each saying the file, the entry and what to do, in plain Chinese.
 * `benefits`: the app's benefits ({ id, name }), to name the known ones.
 */
export function localFactProblems(facts, { file, today, benefits }) {
  const problems = []
  const at = (entry) => (message) => `${file}，${entry}：${message}`
  for (const [id, entry] of Object.entries(facts.offices ?? {})) {
    if (!OFFICES[id])
      problems.push(
        at(`"offices" 里的 "${id}"`)(
          `不认识这个单位。现在只能写 ${Object.keys(OFFICES)
            .map((k) => `"${k}"（${OFFICES[k]}）`)
            .join('、')}。`,
        ),
      )
    else problems.push(...contactProblems(entry, at(OFFICES[id]), today))
  }
  const seen = new Set()
  for (const [i, village] of (facts.villages ?? []).entries()) {
    const name = text(village.name) ? village.name.trim() : null
    const say = at(name ? `村（社区）「${name}」` : `"villages" 第 ${i + 1} 个`)
    if (!name) problems.push(say('没有写村（社区）的名字（"name"）。'))
    else if (seen.has(name)) problems.push(say('这个名字写了两次，请合成一条。'))
    if (name) seen.add(name)
    problems.push(...contactProblems(village, say, today))
  }
  for (const [id, entry] of Object.entries(facts.benefits ?? {})) {
    const benefit = benefits.find((b) => b.id === id)
    if (!benefit) {
      problems.push(at(`"benefits" 里的 "${id}"`)(`没有这个编号的政策。能用的编号有：${benefits.map((b) => `${b.id}（${b.name}）`).join('、')}。`))
      continue
    }
    problems.push(...benefitProblems(entry, at(`${benefit.name}（${id}）`), today))
  }
  return problems
}

const contactOf = ({ name, phone, address, hours, suppliedBy, checked }) => ({
  ...(name ? { name: name.trim() } : {}),
  phone: phone?.trim() ?? null,
  address: address ?? null,
  hours: hours ?? null,
  suppliedBy,
  checked,
})

/** What the app ships: src/data/local.json. */
export function deriveLocal(facts) {
  return {
    offices: Object.fromEntries(Object.entries(facts.offices ?? {}).map(([id, entry]) => [id, contactOf(entry)])),
    villages: (facts.villages ?? []).map(contactOf),
    benefits: Object.fromEntries(
      Object.entries(facts.benefits ?? {}).map(([id, e]) => [
        id,
        {
          amounts: (e.amounts ?? []).map(({ label, amount, unit, year }) => ({ label, amount: String(amount), unit, year })),
          deadline: e.deadline ?? null,
          where: e.where ?? null,
          documents: e.documents ?? [],
          suppliedBy: e.suppliedBy,
          checked: e.checked,
        },
      ]),
    ),
  }
}
