import { AsyncLocalStorage } from 'node:async_hooks'

/** The address of the reader whose page is being rendered, for the calls the page makes to the API. */
const readers = new AsyncLocalStorage<string>()

/**
 * Runs `render` as the page of the reader at `address`: the API calls it makes say whom they are for.
 * @example return renderFor(context.clientAddress, next)
 */
export function renderFor<Result>(address: string, render: () => Result): Result {
  return readers.run(address, render)
}

/** The address of the reader whose page is being rendered, if any. */
export function currentReader(): string | undefined {
  return readers.getStore()
}
