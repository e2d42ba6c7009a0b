/**
 * Resolves once the page has painted (a task after the next frame), or after 100 ms where no frame comes (a hidden
 * tab): for work a first screen does not need, so that screen is painted before it runs.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve);
    });
  });
}
