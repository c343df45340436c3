// Vite and Vitest import a file's text with `?raw`; tests use it to read the seed article without Node APIs.
declare module '*?raw' {
  const text: string
  export default text
}
