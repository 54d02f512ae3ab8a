// Runs tests with the input recorder: ANALYSIS_INPUTS=<file> npx vitest run -c <this file> src/core/analysis.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      setupFiles: ['scripts/analysisSnapshot/captureInputs.setup.ts'],
    },
  }),
);
