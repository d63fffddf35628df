/**
 * Watches the report page's main thread while its figures are counted: from the first progress shown
 * to the figures on screen, every animation frame is noted (the longest gap between two is the
 * longest the page was frozen), and so is each progress value. Installed before the page's scripts
 * (addInitScript); read with REPORT_PROBE_RESULT once `[data-report-ready]` is there.
 */
export const REPORT_PROBE = `(() => {
  const probe = { startedMs: null, readyMs: null, frames: 0, maxFrameGapMs: 0, progress: [] };
  window.__leadfillReportProbe = probe;
  let last = null;
  const frame = (now) => {
    if (probe.readyMs !== null) return;
    if (last !== null) probe.maxFrameGapMs = Math.max(probe.maxFrameGapMs, now - last);
    last = now;
    probe.frames += 1;
    requestAnimationFrame(frame);
  };
  new MutationObserver(() => {
    const bar = document.querySelector('[data-progress] progress');
    if (bar && probe.startedMs === null) {
      probe.startedMs = performance.now();
      requestAnimationFrame(frame);
    }
    if (bar) probe.progress.push([Number(bar.value), Number(bar.max)]);
    if (probe.readyMs === null && document.querySelector('[data-report-ready]')) probe.readyMs = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export interface ReportProbeResult {
  /** When the progress bar first showed and when the figures were on screen (ms since navigation). */
  startedMs: number | null;
  readyMs: number | null;
  /** Frames painted between the two, and the longest time between two frames. */
  frames: number;
  maxFrameGapMs: number;
  /** Every [value, max] the progress bar showed. */
  progress: [number, number][];
}

export const REPORT_PROBE_RESULT = 'window.__leadfillReportProbe';
