import Intake
