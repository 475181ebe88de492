/** Shapes of the town's own facts as shipped (src/data/local.json, from content/local/local-facts.json). */
import type { BenefitId } from './types'

/** Who supplied an entry, and the day it was checked (YYYY-MM-DD). */
export interface Supplied {
  suppliedBy: string
  checked: string
}

export interface LocalContact extends Supplied {
  phone: string | null
  address: string | null
  hours: string | null
}

export interface Village extends LocalContact {
  name: string
}

export interface LocalAmount {
  label: string
  amount: string
  unit: string
  year: number
}

export interface LocalBenefit extends Supplied {
  amounts: LocalAmount[]
  deadline: string | null
  where: string | null
  documents: string[]
}

export interface LocalFacts {
  offices: { town?: LocalContact }
  villages: Village[]
  benefits: Partial<Record<BenefitId, LocalBenefit>>
}
