import { type Edge, type Node, type NodeChange, ReactFlow, ReactFlowProvider, applyNodeChanges } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { worldBounds } from '../../src-renderer/features/stakeholders/Backdrops';
import { layoutPositions } from '../../src-renderer/features/stakeholders/map-nodes';
import { MapCanvas, type MapSelection } from '../../src-renderer/features/stakeholders/MapCanvas';
import type { StakeholderActions } from '../../src-renderer/features/stakeholders/useStakeholderMap';
import '../../src-renderer/features/stakeholders/stakeholders.css';
import { initI18n } from '../../src-renderer/i18n';
import '../../src-renderer/styles/base.css';
import { AnnouncerProvider } from '../../src-renderer/ui/Announcer';
import { displayX, laneCenter } from '../../src-main/shared/process-geometry';
import type { ProcessActions } from '../../src-renderer/features/process/useProcessDiagram';
import { ProcessCanvas } from '../../src-renderer/features/process/ProcessCanvas';
import type { ProcessSelection } from '../../src-renderer/features/process/useProcessFlow';
import '../../src-renderer/features/process/process.css';
import '../../src-renderer/styles/editor.css';
import { syntheticMap, syntheticProcess } from './synthetic';

// Two canvases with the same number of nodes and edges at the same places:
// React Flow's defaults (the baseline) and the real stakeholder map.

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'bare';
const map = syntheticMap(Number(params.get('n') ?? 300), Number(params.get('e') ?? 500));
const process = syntheticProcess(Number(params.get('n') ?? 150), Number(params.get('e') ?? 200), Number(params.get('lanes') ?? 6));

/** Default nodes and edges where the process draws its steps, at the same zoom. */
function BareProcessCanvas() {
  const [nodes, setNodes] = useState<Node[]>(() => {
    const xs = displayX(process.steps);
    const lanes = new Map(process.lanes.map((l, i) => [l.id, i]));
    return process.steps.map((s) => ({ id: s.id, position: { x: xs.get(s.id)!, y: laneCenter(lanes.get(s.laneId)!) }, data: { label: s.label } }));
  });
  const edges: Edge[] = process.edges.map((e) => ({ id: e.id, source: e.sourceId, target: e.targetId }));
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)), []);
  return (
    <ReactFlowProvider>
      <div className="map-stage process-stage" style={{ height: '100vh' }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          nodeOrigin={[0.5, 0.5]}
          onInit={(flow) => void flow.setViewport({ x: 8, y: 8, zoom: Math.min(1.1, (window.innerHeight - 16) / (process.lanes.length * 190)) })}
          proOptions={{ hideAttribution: true }}
        />
      </div>
    </ReactFlowProvider>
  );
}

const processActions = {
  addStep: () => Promise.resolve(process.steps[0]!),
  connect: () => Promise.resolve(process.edges[0]!),
  addMarker: () => Promise.resolve(process.markers[0]!),
} as unknown as ProcessActions;
for (const name of ['updateStep', 'moveSteps', 'removeSteps', 'updateEdge', 'removeEdges', 'updateMarker', 'removeMarkers', 'addLane', 'updateLane', 'removeLane', 'layout']) {
  (processActions as unknown as Record<string, () => Promise<void>>)[name] = () => Promise.resolve();
}

function ProcessStage() {
  const [selection, setSelection] = useState<ProcessSelection>({ steps: [], edge: null });
  return (
    <div className="map-stage process-stage" style={{ height: '100vh' }}>
      <ProcessCanvas
        diagram={process}
        actions={processActions}
        selection={selection}
        onSelect={setSelection}
        onOpenPanel={() => undefined}
        onAddAfter={() => undefined}
        onAddAt={() => undefined}
        announce={() => undefined}
        run={(work) => void work}
      />
    </div>
  );
}

/** Default nodes and edges where the map draws its boxes, seen through the same viewport. */
function BareCanvas() {
  const [nodes, setNodes] = useState<Node[]>(() => {
    const { positions } = layoutPositions(map.stakeholders, 'grid');
    return map.stakeholders.map((s) => ({ id: s.id, position: positions.get(s.id)!, data: { label: s.name } }));
  });
  const edges: Edge[] = map.relations.map((r) => ({ id: r.id, source: r.sourceId, target: r.targetId }));
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)), []);
  return (
    <ReactFlowProvider>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        nodeOrigin={[0.5, 0.5]}
        onInit={(flow) => void flow.fitBounds(worldBounds('grid'), { padding: 0.02 })}
        proOptions={{ hideAttribution: true }}
      />
    </ReactFlowProvider>
  );
}

const ok = (): Promise<void> => Promise.resolve();
const actions: StakeholderActions = {
  create: () => Promise.resolve(map.stakeholders[0]!),
  update: ok,
  move: ok,
  remove: ok,
  connect: () => Promise.resolve(map.relations[0]!),
  updateRelation: ok,
  removeRelations: ok,
};

function StakeholderCanvas() {
  const [selection, setSelection] = useState<MapSelection>({ stakeholders: [], relation: null });
  return (
    <AnnouncerProvider>
      <div className="map-stage" style={{ height: '100vh' }}>
        <MapCanvas
          map={map}
          view="grid"
          actions={actions}
          selection={selection}
          onSelect={setSelection}
          onPlaced={() => undefined}
          onOpenPanel={() => undefined}
          onAddAt={() => undefined}
          announce={() => undefined}
          run={(work) => void work}
        />
      </div>
    </AnnouncerProvider>
  );
}

initI18n('de');

(window as unknown as { renderStart: number }).renderStart = performance.now();
const pages: Record<string, () => React.JSX.Element> = {
  bare: BareCanvas,
  stakeholders: StakeholderCanvas,
  'process-bare': BareProcessCanvas,
  process: () => (
    <AnnouncerProvider>
      <ProcessStage />
    </AnnouncerProvider>
  ),
};
const Page = pages[mode] ?? BareCanvas;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
