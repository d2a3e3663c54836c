/** The fault injection the browser tests use, as the fault evaluation does it, and its labelled real clips (src/robustness). */
export { replayWithTrace, repTops } from '../../src/robustness/fault-evaluation';
export { injectFault } from '../../src/robustness/inject-fault';
export { FAULT_INJECTORS } from '../../src/robustness/fault-injectors';
export { readLabelledClips } from '../../src/robustness/labelled-clips';
