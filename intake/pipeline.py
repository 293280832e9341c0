"""The pipeline is data: the stages in order, each found by the state it consumes."""

from __future__ import annotations

from intake.stage import Stage
from intake.stages.classify import ClassifyStage
from intake.stages.extract import ExtractStage
from intake.stages.open_case import OpenCaseStage
from intake.stages.parse import ParseStage

PIPELINE: tuple[Stage, ...] = (ParseStage(), ClassifyStage(), ExtractStage(), OpenCaseStage())
STAGE_FOR_STATE: dict[str, Stage] = {stage.accepts: stage for stage in PIPELINE}
