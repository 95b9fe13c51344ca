/**
 * The link proposer for the curator CLI. The proposer itself lives in db/proposer.ts, so the API's
 * `runLinkProposer` mutation runs the same code without importing seed/ (docs/architecture.md).
 */
export { evaluate, figuresOf, proposalId, proposeLinks, readOnce, recordProposals, termsQuery, type Proposal, type RunCypher } from '../../db/proposer.ts';
