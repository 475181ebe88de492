import townJson from '../data/town.json'

/** Whose app this is (content/town.json): no town's name is written anywhere else in src/. */
export interface Town {
  /** The town, as villagers name it. */
  town: string
  /** Its county, whose departments set the local standards. */
  county: string
  /** The publishing government, in full. */
  government: string
  /** The app's name: WeChat's title bar, the share cards' brand, the web page's title. */
  appName: string
  /** The hotline villagers can call about any benefit. */
  hotline: string
  hotlineName: string
}

export const town: Town = townJson

/** The county's short name (its name without 县), as the lines about its own standards say it. */
export const countyShortName = town.county.replace(/县$/, '')
