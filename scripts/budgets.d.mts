export declare const BUDGETS: {
  weappMainPackageBytes: number
  weappTotalBytes: number
  setDataPayloadBytes: number
  h5IndexHtmlGzipBytes: number
  h5InitialJsGzipBytes: number
  reportSearchIndexGzipBytes: number
  searchSlowestQueryMs: number
  elementsPerPage: number
}
