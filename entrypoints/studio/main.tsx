import { createRoot } from 'react-dom/client';
import { StudioRoot } from '@/components/studio/StudioRoot';
import { readDraftEarly } from '@/components/studio/use-autosave';
import '@/components/base.css';
import '@/components/guidelines/guidelines.css';
import '@/components/studio/studio.css';

// The Feed studio (studio.html): an unlisted extension page for communications teams.
readDraftEarly();
createRoot(document.getElementById('root')!).render(<StudioRoot />);
