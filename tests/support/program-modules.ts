/** The workout's plan and steps the browser tests build records with (src/program). */
export { routineRecord } from '../../src/program/routine-record';
export { todaysPlan } from '../../src/program/todays-plan';
export { answerPain, beginSet, finishSet, startSteps } from '../../src/program/workout-steps';
