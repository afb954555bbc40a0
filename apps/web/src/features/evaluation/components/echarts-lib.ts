// The part of ECharts the dashboard draws with: line and bar charts on an SVG renderer, with grid, tooltip and legend.
// Imported through `echarts/core`, so the rest of the library (maps, 3D, canvas, other charts) is never downloaded.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
