import { startBackground } from '@/lib/worker';

export default defineBackground({
  main() {
    startBackground();
  },
});
