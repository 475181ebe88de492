// WeChat draws its own tab bar and navigation bar: nothing to style (see web-chrome.h5.ts).
export {}
