#!/usr/bin/env bash
# Fits the decision model on the project's question tables and samples (src/test/resources/questions, .../eval),
# prints its held-out accuracy and calibration, and writes src/main/resources/kz/visitfacts/match/decision-model.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=kz.visitfacts.match.DecisionTraining -Dexec.classpathScope=test
