/** The Dockerfile adapter: what a Dockerfile is built from, as DockerfileAnalysis (core/model). */
export { analyzeDockerfile, baseOfFinalStage } from './analyze.js';
