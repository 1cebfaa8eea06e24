import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load their content and strings as chunks: on a busy machine (CI, or four test runs sharing two
// cores) that takes longer than findBy's default second, so wait for what a visitor sees for up to 10 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
