interface ReadAloudProps {
  texts: string[]
}

/** WeChat has no dependable offline speech (the 同声传译 plugin needs network and is unmaintained): no button. */
export default function ReadAloud(_props: ReadAloudProps) {
  return null
}
