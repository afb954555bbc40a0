// ECharts on a div, loaded on first use: `import('./echarts-lib')` makes the charts a chunk of their own, downloaded once
// a chart is on screen (after the dashboard's figures).
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { useEffect, useState, type RefObject } from 'react';

export function useEChart(ref: RefObject<HTMLDivElement | null>, option: EChartsCoreOption | null): { failed: boolean } {
  const [chart, setChart] = useState<ECharts | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let cancelled = false;
    let instance: ECharts | undefined;
    const observer = new ResizeObserver(() => instance?.resize());
    import('./echarts-lib')
      .then((echarts) => {
        if (cancelled) return;
        instance = echarts.init(element, undefined, { renderer: 'svg' });
        observer.observe(element);
        setChart(instance);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      observer.disconnect();
      instance?.dispose();
      setChart(null);
    };
  }, [ref]);

  // The option may arrive before the library or after it: applied once both are there, and on every change.
  useEffect(() => {
    if (chart && option) chart.setOption(option, { notMerge: true });
  }, [chart, option]);

  return { failed };
}
