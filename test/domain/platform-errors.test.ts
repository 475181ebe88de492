import { copyFailureMessage, PRIVACY_DECLINED, PRIVACY_NOT_DECLARED } from '../../src/domain/platform-errors'

describe('copyFailureMessage', () => {
  const LONG_PRESS = '可以长按文字，选「复制」。'

  it('says the villager declined when WeChat reports errno 104 or its message', () => {
    for (const error of [{ errno: PRIVACY_DECLINED }, { errMsg: 'setClipboardData:fail privacy permission is not authorized' }]) {
      expect(copyFailureMessage(error)).toBe(`您没有同意微信使用剪贴板，所以没有复制。${LONG_PRESS}`)
    }
  })

  it('does not blame the villager when the app failed to declare the clipboard (errno 112) or anything else went wrong', () => {
    for (const error of [{ errno: PRIVACY_NOT_DECLARED, errMsg: 'api scope is not declared in the privacy agreement' }, new Error('x'), null, undefined, 'fail', 42]) {
      expect(copyFailureMessage(error)).toBe(`这次没能复制。${LONG_PRESS}`)
    }
  })
})
