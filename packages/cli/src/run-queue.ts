/**
 * Runs tasks with at most `concurrency` in flight; a task may `add` more tasks, which join the same queue (a
 * feed adds its items). Resolves when every task, added ones included, has finished; `run` should catch its
 * own errors, as the first one it lets through rejects the whole queue.
 * @example await runQueue(urls, 4, async (url, add) => { for (const link of await links(url)) add(link) })
 */
export function runQueue<Task>(
  tasks: Iterable<Task>,
  concurrency: number,
  run: (task: Task, add: (task: Task) => void) => Promise<void>,
): Promise<void> {
  // Taken tasks are cleared from the queue, so a long batch does not hold every finished article's text.
  const queue: (Task | undefined)[] = [...tasks]
  let next = 0
  let active = 0
  let failed = false
  return new Promise<void>((resolve, reject) => {
    const add = (task: Task) => {
      queue.push(task)
    }
    const pump = () => {
      while (!failed && active < concurrency && next < queue.length) {
        const task = queue[next] as Task
        queue[next++] = undefined
        active++
        run(task, add).then(
          () => {
            active--
            pump()
          },
          (error: unknown) => {
            failed = true
            reject(error)
          },
        )
      }
      if (active === 0 && next >= queue.length) {
        queue.length = 0
        next = 0
        resolve()
      }
    }
    pump()
  })
}
