// Counted nouns for sentences people read: "1 probe", "3 rounds".

export function plural(
  n: number,
  one: string,
  many = `${one}s`,
  show: (n: number) => string = String,
): string {
  return `${show(n)} ${n === 1 ? one : many}`
}
