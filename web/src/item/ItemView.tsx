import { useParams } from 'react-router';
import { EvidenceItem } from './EvidenceItem.tsx';
import { GapItem } from './GapItem.tsx';
import { itemKindOf } from './item-kind.ts';
import { MisconceptionItem } from './MisconceptionItem.tsx';
import './evidence.css';
import './item.css';

/** `/items/:id`: the page of any item (claim, statistic, research gap or misconception). */
export function ItemView() {
  const id = useParams().id ?? '';
  const kind = itemKindOf(id);
  return (
    <div className="page item-view" key={id}>
      {kind === 'gap' ? <GapItem id={id} /> : kind === 'misconception' ? <MisconceptionItem id={id} /> : <EvidenceItem id={id} />}
    </div>
  );
}
