// What the search benchmark loads: the shipped search modules and data, exactly as the app uses them.
export { search } from '../../src/domain/search/search'
export { benefitIndex } from '../../src/domain/benefits/benefit-index'
export { searchSite } from '../../src/domain/search/site-search'
