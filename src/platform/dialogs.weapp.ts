// WeChat's toast and dialog are part of WeChat: nothing to load (the web's dialogs.ts loads them late).
export { showModal, showToast } from './dialogs-now'
