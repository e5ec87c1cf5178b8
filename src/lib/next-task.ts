// Lets the browser paint and answer input before the next piece of a long job: what follows runs in
// a task of its own, so no single task grows past the 50 ms a click may wait for.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
