/** On the web no share picture is drawn, so there is no canvas. */
export default function ShareCanvas() {
  return null
}
