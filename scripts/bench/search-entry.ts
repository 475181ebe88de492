// What the search benchmark loads: the shipped search modules and data, exactly as the app uses them.
export { search } from '../../src/domain/search'
export { benefitIndex } from '../../src/domain/benefits'
export { searchSite } from '../../src/domain/site-search'
