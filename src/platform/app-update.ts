/** The web build is always the version the server sends: there is nothing to offer. (WeChat: app-update.weapp.ts.) */
export function offerNewVersion(): void {}
