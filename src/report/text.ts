// Counted nouns for sentences people read: "1 probe", "3 rounds", "1,036 commits".

/** A count as people read it: thousands separated ("1,036"), the same in logs and issues. */
export const count = (n: number) => n.toLocaleString('en-US')

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`
}
