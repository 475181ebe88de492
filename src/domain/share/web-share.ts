/** The H5 link for a page path under the hash router: `https://host/app/#/pages/x/index?id=y`. */
export function webShareLink(location: { origin: string; pathname: string }, pagePath: string): string {
  return `${location.origin}${location.pathname}#${pagePath}`
}
