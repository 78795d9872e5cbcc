/** The comparison the server makes: case and surrounding or repeated spaces do not matter. */
export function sameName(typed: string, name: string): boolean {
  const norm = (s: string) => s.trim().split(/\s+/).join(' ').toLocaleLowerCase('nl');
  return norm(typed) !== '' && norm(typed) === norm(name);
}
