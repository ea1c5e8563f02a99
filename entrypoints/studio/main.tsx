import { createRoot } from 'react-dom/client';
import { StudioRoot } from '@/components/studio/StudioRoot';
import '@/components/base.css';
import '@/components/guidelines/guidelines.css';
import '@/components/studio/studio.css';

// The Feed studio (studio.html): an unlisted extension page for communications teams.
createRoot(document.getElementById('root')!).render(<StudioRoot />);
