// Fixture: the header storage_in_pages/ui/pages/probe.cpp includes.
#pragma once
