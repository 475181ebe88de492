// WeChat's toast, dialog and clipboard are part of WeChat: nothing to load (the web's dialogs.ts loads them late).
export { setClipboardData, showModal, showToast } from './dialogs-now'
