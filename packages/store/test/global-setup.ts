// Vitest global setup of the store suite: the PostgreSQL shared with the API's suite (see provide-database.ts).
export { provideTestDatabase as default } from './provide-database.ts'
