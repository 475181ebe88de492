// What the search benchmark loads: the shipped search module and index, exactly as the app uses them.
export { search } from '../../src/domain/search'
export { benefitIndex } from '../../src/domain/benefits'
