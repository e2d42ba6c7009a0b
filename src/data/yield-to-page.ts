/**
 * Gives the page a turn: `scheduler.yield()` where there is one (the continuation keeps its place ahead of other
 * tasks), else a message-channel task (setTimeout would be clamped to 4 ms once nested).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // An open port would keep Node (the CLI) running after its work is done.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
