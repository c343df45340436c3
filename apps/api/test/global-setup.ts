// Vitest global setup of the API suite: the same PostgreSQL set-up as the store's suite.
export { provideTestDatabase as default } from '@whosaid/store/testing'
