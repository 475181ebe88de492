// The H5 build draws Taro's web tab bar; style it for large, text-only tabs.
import './_web-chrome-h5.scss'
